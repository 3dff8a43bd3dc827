package se.arshjul.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanDocumentRepository extends JpaRepository<PlanDocument, UUID> {

	boolean existsByUnitIdAndYearAndType(String unitId, int year, DocumentType type);

	Optional<PlanDocument> findByUnitIdAndYearAndType(String unitId, int year, DocumentType type);

	List<PlanDocument> findByAdministrationIdAndYear(String administrationId, int year);

	List<PlanDocument> findByUnitIdAndYear(String unitId, int year);

}

interface AdoptedDocumentRepository extends JpaRepository<AdoptedDocument, UUID> {

}

interface DocumentEventRepository extends JpaRepository<DocumentEvent, UUID> {

	List<DocumentEvent> findByDocumentIdOrderByOccurredAt(UUID documentId);

}
