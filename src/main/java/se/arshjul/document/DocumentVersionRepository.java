package se.arshjul.document;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentVersionRepository extends JpaRepository<DocumentVersion, UUID> {

	List<DocumentVersion> findByDocumentIdOrderByVersionNumber(UUID documentId);

	Optional<DocumentVersion> findByDocumentIdAndVersionNumber(UUID documentId, int versionNumber);

	Optional<DocumentVersion> findFirstByDocumentIdOrderByVersionNumberDesc(UUID documentId);

	Optional<DocumentVersion> findFirstByDocumentIdAndDocumentVersionLessThanEqualOrderByVersionNumberDesc(
			UUID documentId, Long documentVersion);

}
