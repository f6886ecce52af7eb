package org.nianbao;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.IEncodingProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.service.DispatchingProvider;
import org.eclipse.xtext.validation.IDiagnosticConverter;
import org.eclipse.xtext.validation.IResourceValidator;
import org.nianbao.conversion.NianbaoValueConverters;
import org.nianbao.diagnostics.NianbaoDiagnosticConverter;
import org.nianbao.explain.ExplainingResourceValidator;
import org.nianbao.linking.NianbaoLinkingDiagnostics;
import org.nianbao.parsing.NianbaoResource;
import org.nianbao.parsing.SyntaxErrorMessages;
import org.nianbao.scoping.NianbaoGlobalScopeProvider;

import com.google.inject.Binder;

/** Runtime bindings of the language. */
public class NianbaoRuntimeModule extends AbstractNianbaoRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return NianbaoValueConverters.class;
	}

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return NianbaoGlobalScopeProvider.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return SyntaxErrorMessages.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return NianbaoLinkingDiagnostics.class;
	}

	public Class<? extends IDiagnosticConverter> bindIDiagnosticConverter() {
		return NianbaoDiagnosticConverter.class;
	}

	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return ExplainingResourceValidator.class;
	}

	@Override
	public Class<? extends XtextResource> bindXtextResource() {
		return NianbaoResource.class;
	}

	/** Reports are UTF-8 whatever the platform's charset. */
	@Override
	public void configureRuntimeEncodingProvider(Binder binder) {
		binder.bind(IEncodingProvider.class).annotatedWith(DispatchingProvider.Runtime.class)
				.to(Utf8EncodingProvider.class);
	}
}
