package se.arshjul.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, String> {

	List<Unit> findByAdministrationIdOrderByName(String administrationId);

}
