package org.nianbao.form;

/** The built-in national form (国办公开办函〔2021〕30号), shipped inside the language jar. */
public final class NationalForm {
	/** The form's name in the language; reports that name no form use it. */
	public static final String NAME = "国家格式2021";

	/** Class-path location of the form's source. */
	public static final String RESOURCE = "nianbao/forms/national-2021.nianbao";

	private NationalForm() {
	}
}
