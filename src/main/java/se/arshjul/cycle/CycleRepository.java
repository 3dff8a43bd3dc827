package se.arshjul.cycle;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CycleRepository extends JpaRepository<Cycle, String> {

	boolean existsByAdministrationIdAndYear(String administrationId, int year);

	List<Cycle> findByAdministrationIdOrderByYearDesc(String administrationId);

	List<Cycle> findAllByOrderByYearDesc();

}
