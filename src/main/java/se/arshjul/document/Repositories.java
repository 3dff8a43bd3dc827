package se.arshjul.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanDocumentRepository extends JpaRepository<PlanDocument, UUID> {

	boolean existsByUnitIdAndYearAndType(String unitId, int year, DocumentType type);

	Optional<PlanDocument> findByUnitIdAndYearAndType(String unitId, int year, DocumentType type);

	List<PlanDocument> findByAdministrationIdAndYear(String administrationId, int year);

	List<PlanDocument> findByUnitIdAndYear(String unitId, int year);

	/**
	 * Flags the document late for the step, without its version: an escalation is not an
	 * edit, so neither a save with the version read before it is refused, nor the
	 * escalation when a save comes first (saves write only what they change). A step
	 * change cannot miss the flag: the escalation also raises the step's task's priority,
	 * so a completion and an escalation at the same moment conflict in the engine, and
	 * the later one rolls back.
	 * @return 1, or 0 if the document is adopted
	 */
	@Modifying(flushAutomatically = true)
	@Query("update PlanDocument d set d.overdueStep = :step where d.id = :id and d.status <> :adopted")
	int markOverdue(@Param("id") UUID id, @Param("step") String step, @Param("adopted") DocumentStatus adopted);

}

interface AdoptedDocumentRepository extends JpaRepository<AdoptedDocument, UUID> {

}

interface DocumentEventRepository extends JpaRepository<DocumentEvent, UUID> {

	List<DocumentEvent> findByDocumentIdOrderByOccurredAt(UUID documentId);

}
