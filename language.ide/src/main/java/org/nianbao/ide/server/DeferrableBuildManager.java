package org.nianbao.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Xtext's build manager, whose first build of the workspace can be put off ({@link FirstBuildAfterAnswer}). Only
 * the request queue's one thread calls it.
 */
public class DeferrableBuildManager extends BuildManager {

	private boolean deferNext;
	private final List<ProjectDescription> deferred = new ArrayList<>();

	/** The next initial build only notes its projects, for {@link #buildDeferred}. */
	void deferNextInitialBuild() {
		deferNext = true;
	}

	@Override
	public List<IResourceDescription.Delta> doInitialBuild(List<ProjectDescription> projects,
			CancelIndicator indicator) {
		if (deferNext) {
			deferNext = false;
			deferred.addAll(projects);
			return List.of();
		}
		return super.doInitialBuild(projects, indicator);
	}

	/** The initial build that was put off, if any. */
	List<IResourceDescription.Delta> buildDeferred(CancelIndicator indicator) {
		deferNext = false;
		List<ProjectDescription> projects = new ArrayList<>(deferred);
		deferred.clear();
		return projects.isEmpty() ? List.of() : super.doInitialBuild(projects, indicator);
	}
}
