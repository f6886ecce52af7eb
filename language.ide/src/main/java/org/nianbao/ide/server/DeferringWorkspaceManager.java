package org.nianbao.ide.server;

import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/** Xtext's workspace, whose first build can be put off until {@code initialize} is answered ({@link FirstBuildAfterAnswer}). */
public class DeferringWorkspaceManager extends WorkspaceManager {

	private DeferrableBuildManager builds;

	@Inject
	@Override
	public void setBuildManager(BuildManager buildManager) {
		super.setBuildManager(buildManager);
		builds = (DeferrableBuildManager) buildManager;
	}

	/** The workspace's next initial build (that of {@code initialize}) waits for {@link #buildDeferred}. */
	void deferFirstBuild() {
		builds.deferNextInitialBuild();
	}

	void buildDeferred() {
		afterBuild(builds.buildDeferred(CancelIndicator.NullImpl));
	}
}
