/**
 * The command (and its argument) that opens a setting where it applies: in a remote window (code-server, Remote-SSH,
 * WSL) a machine-scoped setting such as nianbao.java.home is only on the Remote tab.
 */
export function openSettingCommand(remoteName: string | undefined, id: string): { command: string; args: [string] } {
  return { command: remoteName ? 'workbench.action.openRemoteSettings' : 'workbench.action.openSettings', args: [id] };
}
