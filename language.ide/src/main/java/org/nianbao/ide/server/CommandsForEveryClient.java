package org.nianbao.ide.server;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ExecuteCommandCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;

/**
 * Offers the commands to every client. Xtext sets them up only for a client that declares
 * {@code workspace.executeCommand}, a capability that only says whether it registers commands dynamically; Neovim
 * does not declare it, and every command it sent failed with a NullPointerException.
 */
public class CommandsForEveryClient extends FirstBuildAfterAnswer {

	@Override
	protected ServerCapabilities createServerCapabilities(InitializeParams params) {
		if (params.getCapabilities() == null) {
			params.setCapabilities(new ClientCapabilities());
		}
		if (params.getCapabilities().getWorkspace() == null) {
			params.getCapabilities().setWorkspace(new WorkspaceClientCapabilities());
		}
		if (params.getCapabilities().getWorkspace().getExecuteCommand() == null) {
			params.getCapabilities().getWorkspace().setExecuteCommand(new ExecuteCommandCapabilities(false));
		}
		return super.createServerCapabilities(params);
	}
}
