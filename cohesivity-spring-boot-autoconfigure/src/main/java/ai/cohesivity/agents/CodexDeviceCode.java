/*
 * Copyright 2026 the Cohesivity authors.
 */

package ai.cohesivity.agents;

import tools.jackson.databind.JsonNode;

import ai.cohesivity.core.CohesivityException;
import ai.cohesivity.management.JsonFields;
import ai.cohesivity.management.WaitBlob;

/**
 * A started Codex connection (OpenAI's device-code flow,
 * {@code POST /api/codex/connect}): tell the human to turn on <em>Allow device code
 * login</em> at {@link #securitySettingsUrl()}, open {@link #verificationUri()} and enter
 * {@link #userCode()}; then wait with
 * {@link CodexClient#awaitConnected(CodexDeviceCode)}.
 *
 * @param userCode the code the human enters
 * @param verificationUri where the human enters it
 * @param securitySettingsUrl the ChatGPT settings page where device code login is turned
 * on
 * @param waitBlob how to wait for the approval (its token is a secret and never printed)
 */
public record CodexDeviceCode(String userCode, String verificationUri, String securitySettingsUrl, WaitBlob waitBlob) {

	static CodexDeviceCode from(JsonNode body) {
		String userCode = JsonFields.text(body, "user_code");
		String verificationUri = JsonFields.text(body, "verification_uri");
		if (userCode == null || verificationUri == null) {
			throw new CohesivityException(
					"Malformed response to POST /api/codex/connect: user_code or verification_uri is missing");
		}
		String settings = JsonFields.text(body, "security_settings_url");
		return new CodexDeviceCode(userCode, verificationUri, (settings != null) ? settings : "",
				WaitBlob.from(body.path("wait"), "POST /api/codex/connect"));
	}

	/**
	 * Return what to tell the human, in one sentence.
	 * @return the instructions
	 */
	public String instructions() {
		return (this.securitySettingsUrl.isEmpty() ? ""
				: "Turn on 'Allow device code login' at " + this.securitySettingsUrl + ", then ") + "open "
				+ this.verificationUri + ", enter " + this.userCode + " and approve";
	}

}
