package de.lotse.network;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A barrier category (Hürdenkategorie) for findings, e.g. unclear responsibility or a missing offer. The list is
 * configurable per KIM unit: categories are added, renamed and deactivated, never deleted, so old findings keep
 * their category. {@code code} is stable and travels in events; the names are what people read.
 */
@Table(schema = "network", name = "barrier_category")
public record BarrierCategory(
        @Id String code,
        String nameDe,
        String nameEn,
        int position,
        boolean active,
        @Version Integer version) {

    /** The category the service gap view counts as "fehlendes Angebot". */
    public static final String MISSING_OFFER = "MISSING_OFFER";

    public String name(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameDe;
    }

    public BarrierCategory withVersion(Integer version) {
        return new BarrierCategory(code, nameDe, nameEn, position, active, version);
    }
}
