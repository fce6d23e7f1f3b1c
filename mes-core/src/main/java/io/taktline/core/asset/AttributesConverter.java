package io.taktline.core.asset;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;

/** Free attributes of an asset as a JSON object in a {@code jsonb} column. */
@Converter
class AttributesConverter implements AttributeConverter<Map<String, String>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, String> attributes) {
        return JsonText.of(attributes == null ? Map.of() : attributes);
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String json) {
        return JsonText.parse(json);
    }
}
