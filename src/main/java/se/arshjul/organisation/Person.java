package se.arshjul.organisation;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** Someone who works in the system; the id is the login name. */
@Entity
@Table(name = "app_user")
class Person {

	@Id
	private String id;

	private String firstName;

	private String lastName;

	private String email;

	private String phone;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "role_assignment", joinColumns = @JoinColumn(name = "user_id"))
	private Set<RoleAssignment> roles = new HashSet<>();

	protected Person() {
	}

	Person(String id, String firstName, String lastName, String email, String phone) {
		this.id = id;
		this.firstName = firstName;
		this.lastName = lastName;
		this.email = email;
		this.phone = phone;
	}

	void grant(Role role, String scopeId) {
		this.roles.add(new RoleAssignment(role, scopeId));
	}

	String getId() {
		return this.id;
	}

	String getFirstName() {
		return this.firstName;
	}

	String getLastName() {
		return this.lastName;
	}

	String getEmail() {
		return this.email;
	}

	String getPhone() {
		return this.phone;
	}

	Set<RoleAssignment> getRoles() {
		return Set.copyOf(this.roles);
	}

}
