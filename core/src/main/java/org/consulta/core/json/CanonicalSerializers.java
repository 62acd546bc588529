package org.consulta.core.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdDelegatingSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.Converter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Makes the JSON of records canonical:
 *
 * <ul>
 *   <li>a record is written with its components only, in declaration order, so a helper such as
 *       {@code Actor.isStaff()} never appears as a property (it could not be read back);
 *   <li>an unordered set ({@code Set.copyOf}, {@code HashSet}) is written sorted by its elements'
 *       natural order (enum declaration order, strings lexicographically), or by their text for
 *       typed ids, which have no natural order, because its iteration order changes from one JVM
 *       run to the next (and from a set to its copy). Sorted, linked and enum sets keep their order;
 *   <li>a map keyed by a value that is not {@link Comparable} but is written as text (typed ids)
 *       is written sorted by that text, where Jackson's own key ordering would fail.
 * </ul>
 */
final class CanonicalSerializers extends BeanSerializerModifier {
  private static final long serialVersionUID = 1L;

  private final Set<Class<?>> textKeys;

  /** @param textKeys the key types written as their {@code toString()} text */
  CanonicalSerializers(Set<Class<?>> textKeys) {
    this.textKeys = Set.copyOf(textKeys);
  }

  @Override
  public List<BeanPropertyWriter> changeProperties(
      SerializationConfig config, BeanDescription beanDesc, List<BeanPropertyWriter> beanProperties) {
    Class<?> type = beanDesc.getBeanClass();
    if (!type.isRecord()) {
      return beanProperties;
    }
    Set<String> components =
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toSet());
    List<BeanPropertyWriter> kept = new ArrayList<>(beanProperties.size());
    for (BeanPropertyWriter writer : beanProperties) {
      AnnotatedMember member = writer.getMember();
      if (member != null && components.contains(member.getName())) {
        kept.add(writer);
      }
    }
    return kept;
  }

  @Override
  public JsonSerializer<?> modifyCollectionSerializer(
      SerializationConfig config, CollectionType valueType, BeanDescription beanDesc, JsonSerializer<?> serializer) {
    Class<?> raw = valueType.getRawClass();
    if (!Set.class.isAssignableFrom(raw) || keepsOrder(raw)) {
      return serializer;
    }
    JavaType listType = config.getTypeFactory().constructCollectionType(List.class, valueType.getContentType());
    return new StdDelegatingSerializer(new SortingConverter(valueType, listType, textKeys), listType, null);
  }

  @Override
  public JsonSerializer<?> modifyMapSerializer(
      SerializationConfig config, MapType valueType, BeanDescription beanDesc, JsonSerializer<?> serializer) {
    Class<?> raw = valueType.getRawClass();
    if (!textKeys.contains(valueType.getKeyType().getRawClass())
        || SortedMap.class.isAssignableFrom(raw)
        || LinkedHashMap.class.isAssignableFrom(raw)) {
      return serializer;
    }
    JavaType sortedType =
        config.getTypeFactory().constructMapType(TreeMap.class, valueType.getKeyType(), valueType.getContentType());
    Converter<Object, Object> byText = new Converter<>() {
      @Override
      public Object convert(Object value) {
        Map<Object, Object> sorted = new TreeMap<>(Comparator.comparing(Object::toString));
        sorted.putAll((Map<?, ?>) value);
        return sorted;
      }

      @Override
      public JavaType getInputType(TypeFactory typeFactory) {
        return valueType;
      }

      @Override
      public JavaType getOutputType(TypeFactory typeFactory) {
        return sortedType;
      }
    };
    return new StdDelegatingSerializer(byText, sortedType, null);
  }

  private static boolean keepsOrder(Class<?> setType) {
    return SortedSet.class.isAssignableFrom(setType)
        || LinkedHashSet.class.isAssignableFrom(setType)
        || EnumSet.class.isAssignableFrom(setType);
  }

  /**
   * Turns a set into a list sorted by natural order, when its elements have one, or by their text
   * when they are all typed ids.
   */
  private static final class SortingConverter implements Converter<Object, Object> {
    private final JavaType in;
    private final JavaType out;
    private final Set<Class<?>> textTypes;

    SortingConverter(JavaType in, JavaType out, Set<Class<?>> textTypes) {
      this.in = in;
      this.out = out;
      this.textTypes = textTypes;
    }

    @Override
    public Object convert(Object value) {
      Collection<?> set = (Collection<?>) value;
      List<Object> list = new ArrayList<>(set);
      if (list.size() > 1 && list.stream().allMatch(e -> e != null && textTypes.contains(e.getClass()))) {
        list.sort(Comparator.comparing(Object::toString));
      } else if (list.size() > 1 && list.stream().allMatch(Comparable.class::isInstance)) {
        try {
          list.sort(null);
        } catch (ClassCastException mixed) {
          // elements of unrelated types have no common order; keep the set's own
        }
      }
      return list;
    }

    @Override
    public JavaType getInputType(TypeFactory typeFactory) {
      return in;
    }

    @Override
    public JavaType getOutputType(TypeFactory typeFactory) {
      return out;
    }
  }
}
