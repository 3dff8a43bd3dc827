package se.arshjul.cascade;

import org.springframework.data.jpa.repository.JpaRepository;

interface CascadeRepository extends JpaRepository<StoredCascade, CascadeKey> {

}
