package dev.polybridge.codegen;

import java.nio.file.Path;

/**
 * One generated Java source.
 *
 * <pre>{@code
 * for (GeneratedFile f : result.files()) {
 *   System.out.println(f.path() + ": " + f.typeName());   // com/example/shop/Item.java: com.example.shop.Item
 * }
 * }</pre>
 *
 * @param typeName the qualified name of its type
 * @param path its path relative to the output directory ({@code com/example/shop/Item.java})
 * @param content its text
 */
public record GeneratedFile(String typeName, Path path, String content) {}
