package de.lotse.web.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Forms are records, bound through their constructor. When one value cannot be converted ("abc" for a year, a time
 * of 25:99), Spring cannot construct the record and hands the controller {@code null} with the conversion error,
 * which no form page can show: the person would get an error page for a typo. And once binding failed, Spring skips
 * validation, so a missing name beside a mistyped year went unmentioned. This wraps Spring's model attribute
 * resolvers so that such a form is built again from the values that do convert, with the conversion errors and the
 * validation errors of the other fields, and the page shows every problem at its field.
 */
@Component
class RecordFormRepair implements BeanPostProcessor {

    private final ObjectProvider<ConversionService> conversion;
    private final ObjectProvider<Validator> validator;

    RecordFormRepair(@Qualifier("mvcConversionService") ObjectProvider<ConversionService> conversion,
                     @Qualifier("mvcValidator") ObjectProvider<Validator> validator) {
        this.conversion = conversion;
        this.validator = validator;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
            List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
            for (HandlerMethodArgumentResolver resolver : adapter.getArgumentResolvers()) {
                resolvers.add(resolver instanceof ModelAttributeMethodProcessor processor ? new Repairing(processor) : resolver);
            }
            adapter.setArgumentResolvers(resolvers);
        }
        return bean;
    }

    private final class Repairing implements HandlerMethodArgumentResolver {

        private final ModelAttributeMethodProcessor delegate;

        Repairing(ModelAttributeMethodProcessor delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return delegate.supportsParameter(parameter);
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                      WebDataBinderFactory binderFactory) throws Exception {
            Object value = delegate.resolveArgument(parameter, container, request, binderFactory);
            Class<?> type = parameter.getParameterType();
            if (!type.isRecord() || container == null) {
                return value;
            }
            String name = ModelFactory.getNameForParameter(parameter);
            if (!(container.getModel().get(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult bindingErrors)
                    || !bindingErrors.hasErrors()) {
                return value;
            }
            // Spring skips validation once binding failed, and may not have built the record at all.
            Object form = value != null ? value : lenient(type.asSubclass(Record.class), request.getParameterMap());
            BeanPropertyBindingResult repaired = new BeanPropertyBindingResult(form, name);
            repaired.addAllErrors(bindingErrors);
            if (parameter.hasParameterAnnotation(jakarta.validation.Valid.class)
                    || parameter.hasParameterAnnotation(org.springframework.validation.annotation.Validated.class)) {
                BeanPropertyBindingResult validation = new BeanPropertyBindingResult(form, name);
                validator.getObject().validate(form, validation);
                validation.getFieldErrors().stream().filter(error -> !repaired.hasFieldErrors(error.getField())).forEach(repaired::addError);
            }
            // Same keys, same order: the BindingResult argument that follows is the model's last entry.
            container.getModel().put(name, form);
            container.getModel().put(BindingResult.MODEL_KEY_PREFIX + name, repaired);
            return form;
        }

        private <R extends Record> R lenient(Class<R> type, Map<String, String[]> params) throws ReflectiveOperationException {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            Parameter[] parameters = constructor.getParameters();
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                String field = components[i].getName();
                String[] values = params.get(field);
                if (values == null && params.containsKey("_" + field) && (types[i] == Boolean.class || types[i] == boolean.class)) {
                    // An unticked checkbox sends only Spring's marker "_field".
                    args[i] = Boolean.FALSE;
                } else if (values != null) {
                    TypeDescriptor target = new TypeDescriptor(MethodParameter.forParameter(parameters[i]));
                    Object source = target.isCollection() || target.isArray() ? values : values[0];
                    try {
                        args[i] = conversion.getObject().convert(source, TypeDescriptor.forObject(source), target);
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
        }
    }
}
