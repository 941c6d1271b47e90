package ai.cohesivity.emulator.tenants;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import ai.cohesivity.emulator.support.CredentialGenerator;

/**
 * Machine attribution ids for genesis ({@code X-Cohesivity-Machine-Id}):
 * {@code mach_<[a-z0-9]+>.<signature>}, signed with a per-emulator secret so that a
 * forged or foreign id fails verification and is replaced.
 */
final class MachineIds {

	private final byte[] secret = new byte[32];

	private final CredentialGenerator credentials;

	MachineIds(CredentialGenerator credentials) {
		this.credentials = credentials;
		new SecureRandom().nextBytes(this.secret);
	}

	String mint() {
		String id = "mach_" + this.credentials.lowercase(16);
		return id + "." + sign(id);
	}

	boolean isValid(@Nullable String machineId) {
		if (machineId == null || !machineId.matches("mach_[a-z0-9]+\\.[A-Za-z0-9_-]+")) {
			return false;
		}
		int dot = machineId.indexOf('.');
		byte[] expected = sign(machineId.substring(0, dot)).getBytes(StandardCharsets.US_ASCII);
		byte[] actual = machineId.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, actual);
	}

	private String sign(String id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			byte[] signature = mac.doFinal(id.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(signature).substring(0, 22);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
