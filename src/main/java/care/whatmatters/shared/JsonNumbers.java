package care.whatmatters.shared;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * Numbers read from client JSON. A literal beyond a double's range (such as {@code 1e309}) is read by
 * Jackson as an infinite double, and asking it for a {@link BigDecimal} throws; such a value is treated
 * as "not a number" so the caller can list it as a field problem instead of failing the request.
 */
public final class JsonNumbers {

    private JsonNumbers() {
    }

    /** The node's exact value, or null when it is not a number or not a finite one. */
    public static BigDecimal finiteDecimal(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return null;
        }
        if (node.isFloatingPointNumber() && !node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
            return null;
        }
        return node.decimalValue();
    }
}
