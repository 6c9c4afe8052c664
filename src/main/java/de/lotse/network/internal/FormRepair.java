package de.lotse.network.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;

/**
 * When a form value cannot be converted ("viele" for a number, a time of 25:99), Spring cannot construct the
 * form record at all and hands the controller {@code null}, which the page could not show. This builds the record
 * again with the values that do convert, keeps the conversion errors ("Dieser Wert hat nicht das erwartete
 * Format.") and adds the validation errors of the other fields, so the person sees every problem at its field.
 */
@Component
class FormRepair {

    record Repaired<R>(R form, BindingResult errors) {
    }

    private final ConversionService conversion;
    private final Validator validator;

    FormRepair(@Qualifier("mvcConversionService") ConversionService conversion, @Qualifier("mvcValidator") Validator validator) {
        this.conversion = conversion;
        this.validator = validator;
    }

    <R extends Record> Repaired<R> repair(R form, Class<R> type, String name, HttpServletRequest request,
                                          BindingResult errors, Model model) {
        if (form != null && errors.getTarget() != null) {
            return new Repaired<>(form, errors);
        }
        R rebuilt = lenient(type, request.getParameterMap());
        BeanPropertyBindingResult repaired = new BeanPropertyBindingResult(rebuilt, name);
        repaired.addAllErrors(errors);
        BeanPropertyBindingResult validation = new BeanPropertyBindingResult(rebuilt, name);
        validator.validate(rebuilt, validation);
        validation.getFieldErrors().stream()
                .filter(error -> !repaired.hasFieldErrors(error.getField()))
                .forEach(repaired::addError);
        model.addAttribute(name, rebuilt);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, repaired);
        return new Repaired<>(rebuilt, repaired);
    }

    private <R extends Record> R lenient(Class<R> type, Map<String, String[]> params) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            Parameter[] parameters = constructor.getParameters();
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                String field = components[i].getName();
                TypeDescriptor target = new TypeDescriptor(MethodParameter.forParameter(parameters[i]));
                String[] values = params.get(field);
                if (values == null) {
                    // An unticked checkbox sends only Spring's marker "_field".
                    args[i] = params.containsKey("_" + field) && (types[i] == Boolean.class || types[i] == boolean.class) ? Boolean.FALSE : null;
                } else {
                    Object source = target.isCollection() || target.isArray() ? values : values[0];
                    try {
                        args[i] = conversion.convert(source, TypeDescriptor.forObject(source), target);
                    } catch (ConversionException | IllegalArgumentException e) {
                        args[i] = null;
                    }
                }
                if (args[i] == null && types[i].isPrimitive()) {
                    args[i] = types[i] == boolean.class ? Boolean.FALSE : 0;
                }
            }
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild form " + type.getName(), e);
        }
    }
}
