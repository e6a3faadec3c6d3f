package fr.segur.eligibility.validation;

import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * A pre-check that only says "Hibernate Validator would find nothing wrong" for sure, read from Hibernate Validator's
 * own metadata of each request record (so the annotations stay the one source of the constraints and of their
 * messages): it knows the built-in constraints the records use, on values of the types it can compare exactly, and
 * answers "not sure" for anything else (another constraint, a group, a container element, an unexpected type), on
 * which Hibernate Validator decides. Validating a valid record the reflective way costs about 2 KB per request, more
 * than the evaluation; requests are valid in the very large majority. {@code CertainlyValidTest} holds it equal to
 * Hibernate Validator on random requests.
 */
final class CertainlyValid {

    /** The check of one constrained value; true when the value certainly meets the constraint. */
    private interface Rule {
        boolean holds(Object value);
    }

    /** One record component with its rules, and whether its value is validated in turn ({@code @Valid}). */
    private record Property(MethodHandle accessor, Rule[] rules, boolean cascaded) {
    }

    /** The checks of a type; null properties when the type is not one this pre-check can decide. */
    private record Plan(Property[] properties) {
    }

    private static final Set<Class<? extends Annotation>> KNOWN = Set.of(NotNull.class, Size.class, Pattern.class,
            Min.class, Max.class, DecimalMin.class, DecimalMax.class);
    private static final Plan UNDECIDABLE = new Plan(null);
    private static final int UNDECIDED = Integer.MIN_VALUE;

    private final Validator validator;
    private final ClassValue<Plan> plans = new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
            return plan(type);
        }
    };

    CertainlyValid(Validator validator) {
        this.validator = validator;
    }

    /** True only when Hibernate Validator would report no violation on {@code bean}; false when unsure. */
    boolean test(Object bean) {
        Plan plan = plans.get(bean.getClass());
        if (plan.properties() == null) {
            return false;
        }
        // Indexed loops over arrays: no iterator per request.
        Property[] properties = plan.properties();
        for (int i = 0; i < properties.length; i++) {
            Property p = properties[i];
            Object value;
            try {
                value = (Object) p.accessor().invokeExact(bean);
            } catch (Throwable e) {
                return false;
            }
            Rule[] rules = p.rules();
            for (int r = 0; r < rules.length; r++) {
                if (!rules[r].holds(value)) {
                    return false;
                }
            }
            if (p.cascaded() && value != null && (isContainer(value) || !test(value))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isContainer(Object value) {
        return value instanceof Iterable<?> || value instanceof Map<?, ?> || value instanceof java.util.Optional<?>
                || value.getClass().isArray();
    }

    private Plan plan(Class<?> type) {
        if (!type.isRecord()) {
            return UNDECIDABLE;
        }
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        if (!bean.getConstraintDescriptors().isEmpty()) {
            return UNDECIDABLE;
        }
        List<Property> properties = new ArrayList<>();
        for (PropertyDescriptor property : bean.getConstrainedProperties()) {
            RecordComponent component = component(type, property.getPropertyName());
            if (component == null || !property.getConstrainedContainerElementTypes().isEmpty()
                    || !property.getGroupConversions().isEmpty()) {
                return UNDECIDABLE;
            }
            List<Rule> rules = new ArrayList<>();
            for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
                Rule rule = rule(constraint);
                if (rule == null) {
                    return UNDECIDABLE;
                }
                rules.add(rule);
            }
            MethodHandle accessor = accessor(component);
            if (accessor == null) {
                return UNDECIDABLE;
            }
            properties.add(new Property(accessor, rules.toArray(Rule[]::new), property.isCascaded()));
        }
        return new Plan(properties.toArray(Property[]::new));
    }

    private static RecordComponent component(Class<?> type, String name) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The component's accessor, or null when it is not public (a record this pre-check then leaves to the validator). */
    private static MethodHandle accessor(RecordComponent component) {
        try {
            return MethodHandles.publicLookup().unreflect(component.getAccessor())
                    .asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    /** The rule of a built-in constraint in the default group, or null for any other. */
    private static Rule rule(ConstraintDescriptor<?> constraint) {
        Annotation a = constraint.getAnnotation();
        if (!KNOWN.contains(a.annotationType()) || !constraint.getComposingConstraints().isEmpty()
                || !constraint.getGroups().equals(Set.of(Default.class))) {
            return null;
        }
        if (a instanceof NotNull) {
            return v -> v != null;
        }
        if (a instanceof Size s) {
            return v -> v == null || within(size(v), s.min(), s.max());
        }
        if (a instanceof Pattern p) {
            return pattern(p);
        }
        if (a instanceof Min m) {
            return bound(m.value(), true, 1);
        }
        if (a instanceof Max m) {
            return bound(m.value(), true, -1);
        }
        if (a instanceof DecimalMin d) {
            return bound(new BigDecimal(d.value()), d.inclusive(), 1);
        }
        DecimalMax d = (DecimalMax) a;
        return bound(new BigDecimal(d.value()), d.inclusive(), -1);
    }

    private static Rule pattern(Pattern p) {
        int flags = 0;
        for (Pattern.Flag f : p.flags()) {
            flags |= f.getValue();
        }
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(p.regexp(), flags);
        // One matcher per thread, reset for each value, rather than one per request.
        ThreadLocal<Matcher> matchers = ThreadLocal.withInitial(() -> regex.matcher(""));
        return v -> v == null || v instanceof CharSequence s && matchers.get().reset(s).matches();
    }

    /** A whole-number bound ({@code @Min}, {@code @Max}): integral values compared as longs, no allocation. */
    private static Rule bound(long limit, boolean inclusive, int side) {
        Rule decimal = bound(BigDecimal.valueOf(limit), inclusive, side);
        return v -> {
            if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
                int c = Long.compare(((Number) v).longValue(), limit);
                return c * side > 0 || inclusive && c == 0;
            }
            return decimal.holds(v);
        };
    }

    /** A value above ({@code side} 1) or below ({@code side} -1) the bound, or on it when inclusive. */
    private static Rule bound(BigDecimal limit, boolean inclusive, int side) {
        return v -> {
            if (v == null) {
                return true;
            }
            int c = compare(v, limit);
            return c != UNDECIDED && (c * side > 0 || inclusive && c == 0);
        };
    }

    /** The length of a text or the size of a collection; -1 for another type (not decided here). */
    private static int size(Object v) {
        if (v instanceof CharSequence s) {
            return s.length();
        }
        if (v instanceof Collection<?> c) {
            return c.size();
        }
        if (v instanceof Map<?, ?> m) {
            return m.size();
        }
        return -1;
    }

    private static boolean within(int size, int min, int max) {
        return size >= 0 && size >= min && size <= max;
    }

    /** The sign of {@code v - limit} for an exact number; {@link #UNDECIDED} for another type. */
    private static int compare(Object v, BigDecimal limit) {
        if (v instanceof BigDecimal d) {
            return Integer.signum(d.compareTo(limit));
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return Integer.signum(BigDecimal.valueOf(((Number) v).longValue()).compareTo(limit));
        }
        if (v instanceof BigInteger i) {
            return Integer.signum(new BigDecimal(i).compareTo(limit));
        }
        return UNDECIDED;
    }
}
