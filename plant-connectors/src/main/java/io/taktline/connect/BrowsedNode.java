package io.taktline.connect;

/**
 * One node found by a browse.
 *
 * @param node the node, by namespace URI and identifier (ready for a {@link TagBinding})
 * @param browsePath the browse names from the start node down, joined by '/', e.g.
 *     {@code Plant/STAMPING/PL1/PRESS1/State}
 * @param nodeClass Object, Variable, Method, ObjectType, VariableType, ReferenceType, DataType or View
 * @param dataType for variables, the data type's name for built-in types (e.g. {@code Double}),
 *     else its node id text; null for other node classes
 * @param accessLevel for variables, the AccessLevel bits (1 readable, 2 writable, 4 history read,
 *     ...); -1 for other node classes or when not readable
 * @param engineeringUnits for variables with an EngineeringUnits property, its display name (e.g.
 *     {@code mm}); else null
 */
public record BrowsedNode(
        NodeRef node, String browsePath, String nodeClass, String dataType, int accessLevel, String engineeringUnits) {

    public boolean isVariable() {
        return "Variable".equals(nodeClass);
    }

    public boolean isReadable() {
        return accessLevel >= 0 && (accessLevel & 1) != 0;
    }

    public boolean isWritable() {
        return accessLevel >= 0 && (accessLevel & 2) != 0;
    }
}
