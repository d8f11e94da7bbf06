/// The site as `site.yaml` describes it.
public struct Site: Sendable, Hashable {
    public var title: String
    /// The absolute base URL, always ending in `/`.
    public var baseURL: String
    public var language: String
    public var publisher: String?
    public var description: String?
    public var publishContact: Bool
    public var feedLimit: Int
    public var terms: String?

    public init(title: String, baseURL: String, language: String = "zh-CN", publisher: String? = nil,
                description: String? = nil, publishContact: Bool = false, feedLimit: Int = 50, terms: String? = nil) {
        self.title = title
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.language = language
        self.publisher = publisher
        self.description = description
        self.publishContact = publishContact
        self.feedLimit = feedLimit
        self.terms = terms
    }

    /// The path part of the base URL, e.g. `/jxgk/`; every internal link starts with it.
    public var basePath: String {
        guard let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let rest = baseURL[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }

    /// The host of the base URL, for `tag:` ids.
    public var host: String {
        guard let schemeEnd = baseURL.range(of: "://") else { return baseURL }
        let rest = baseURL[schemeEnd.upperBound...]
        return String(rest.prefix { $0 != "/" && $0 != ":" })
    }
}
