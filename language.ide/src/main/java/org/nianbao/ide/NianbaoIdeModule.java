package org.nianbao.ide;

import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.ide.editor.contentassist.IProposalConflictHelper;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.rename.IRenameService2;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.nianbao.ide.commands.NianbaoCommands;
import org.nianbao.ide.contentassist.NianbaoProposalProvider;
import org.nianbao.ide.contentassist.ThreadSafeConflictHelper;
import org.nianbao.ide.definition.BuiltinFormDefinitions;
import org.nianbao.ide.explain.ExplainingContentAssist;
import org.nianbao.ide.folding.PartFolding;
import org.nianbao.ide.formatting.TableFormattingService;
import org.nianbao.ide.highlighting.FigureHighlighting;
import org.nianbao.ide.hover.FigureHoverService;
import org.nianbao.ide.lens.TableSummaryLenses;
import org.nianbao.ide.quickfix.DistinctCodeActions;
import org.nianbao.ide.rename.NameRename;
import org.nianbao.ide.quickfix.NianbaoQuickfixProvider;
import org.nianbao.ide.server.NeverGenerate;
import org.nianbao.ide.symbols.OutlineSymbols;

/** Editor services of the language server. */
public class NianbaoIdeModule extends AbstractNianbaoIdeModule {

	/** Documents are generated on the explicit command only, never by a build triggered by typing. */
	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return NeverGenerate.class;
	}

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return NianbaoProposalProvider.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return FigureHoverService.class;
	}

	public Class<? extends HierarchicalDocumentSymbolService> bindHierarchicalDocumentSymbolService() {
		return OutlineSymbols.class;
	}

	public Class<? extends DocumentSymbolService> bindDocumentSymbolService() {
		return BuiltinFormDefinitions.class;
	}

	public Class<? extends IFoldingRangeProvider> bindIFoldingRangeProvider() {
		return PartFolding.class;
	}

	public Class<? extends FormattingService> bindFormattingService() {
		return TableFormattingService.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return DistinctCodeActions.class;
	}

	public Class<? extends IExecutableCommandService> bindIExecutableCommandService() {
		return NianbaoCommands.class;
	}

	@Override
	public Class<? extends IProposalConflictHelper> bindIProposalConflictHelper() {
		return ThreadSafeConflictHelper.class;
	}

	public Class<? extends ICodeLensService> bindICodeLensService() {
		return TableSummaryLenses.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return FigureHighlighting.class;
	}

	@Override
	public Class<? extends IRenameService2> bindIRenameService2() {
		return NameRename.class;
	}

	public Class<? extends ContentAssistService> bindContentAssistService() {
		return ExplainingContentAssist.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return NianbaoQuickfixProvider.class;
	}
}
