package de.lotse.network;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An organisation of the KIM network: the KI, a Kommune, a welfare organisation, the ABH/EBH, the
 * Jobcenter and so on. Personal data always belongs to exactly one organisation (its controller).
 *
 * @param municipalityId the Kommune it serves; {@code null} when it serves the whole district
 * @param version optimistic lock: a concurrent change ends in a conflict, never a silent overwrite
 */
@Table(schema = "network", name = "organisation")
public record Organisation(
        @Id UUID id,
        String name,
        OrganisationType type,
        UUID municipalityId,
        String street,
        String postalCode,
        String city,
        String contactPerson,
        String phone,
        String email,
        String website,
        boolean active,
        @Version Integer version,
        Instant createdAt,
        Instant updatedAt) {

    public static Organisation create(String name, OrganisationType type, UUID municipalityId) {
        Instant now = Instant.now();
        return new Organisation(UUID.randomUUID(), name, type, municipalityId,
                null, null, null, null, null, null, null, true, null, now, now);
    }

    public Organisation withAddress(String street, String postalCode, String city) {
        return new Organisation(id, name, type, municipalityId, street, postalCode, city,
                contactPerson, phone, email, website, active, version, createdAt, Instant.now());
    }

    public Organisation withContact(String contactPerson, String phone, String email, String website) {
        return new Organisation(id, name, type, municipalityId, street, postalCode, city,
                contactPerson, phone, email, website, active, version, createdAt, Instant.now());
    }

    public Organisation withActive(boolean active) {
        return new Organisation(id, name, type, municipalityId, street, postalCode, city,
                contactPerson, phone, email, website, active, version, createdAt, Instant.now());
    }

    /** Used by Spring Data after each save; the version comes from the database. */
    public Organisation withVersion(Integer version) {
        return new Organisation(id, name, type, municipalityId, street, postalCode, city,
                contactPerson, phone, email, website, active, version, createdAt, updatedAt);
    }
}
