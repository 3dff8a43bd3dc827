package se.arshjul.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdministrationRepository extends JpaRepository<Administration, String> {

}
