import Mustache

/// HTML escaping for template values through `Escape.html`, swift-mustache's `HTML` content type made fast.
///
/// swift-mustache's own escaper walks every value character by character, looking each one up in a dictionary;
/// `Escape.html` replaces the same five characters, finds in one pass over the bytes that most values need
/// nothing, and returns those as they are. It also drops invisible control characters, which loading has
/// already removed from every value.
struct TemplateEscaping: MustacheContentType {
    /// The line that makes a template render with this type; `Theme` puts it before every template it loads.
    /// A tag alone on its line leaves nothing in the output, line break included.
    static let pragmaLine = "{{% CONTENT_TYPE: HTML }}\n"

    /// Makes `HTML` mean this type for templates parsed from now on.
    static func register() {
        MustacheContentTypes.register(TemplateEscaping(), named: "HTML")
    }

    func escapeText(_ text: String) -> String { Escape.html(text) }
}
