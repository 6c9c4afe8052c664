package de.lotse.casework.internal;

import java.util.Set;
import java.util.stream.Collectors;

import de.lotse.privacy.PersonalDataScan;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The kinds of personal data found, as the warning names them in the user's language ("einen Namen, ein Datum"). */
@Component
class PersonalDataWarning {

    static final String KEY = "personalData.warning";

    private final MessageSource messages;

    PersonalDataWarning(MessageSource messages) {
        this.messages = messages;
    }

    String kinds(Set<PersonalDataScan.Kind> kinds) {
        return kinds.stream().map(kind -> messages.getMessage("personalData." + kind, null, LocaleContextHolder.getLocale()))
                .collect(Collectors.joining(", "));
    }
}
