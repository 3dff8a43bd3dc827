package se.arshjul.system;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password (HTTP Basic) against the Camunda identity service; the
 * user's Camunda groups become their authorities.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;

	CamundaIdentityAuthenticationProvider(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (userId == null || userId.isBlank() || credentials == null
				|| !this.identityService.checkPassword(userId, credentials.toString())) {
			throw new BadCredentialsException("Fel användarnamn eller lösenord");
		}
		return authenticated(userId, groupsOf(userId));
	}

	List<String> groupsOf(String userId) {
		return this.identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
	}

	static UsernamePasswordAuthenticationToken authenticated(String userId, List<String> groups) {
		return UsernamePasswordAuthenticationToken.authenticated(userId, null,
				groups.stream().map(SimpleGrantedAuthority::new).toList());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
