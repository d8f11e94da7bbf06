import Foundation

/// What to build, from where, into where.
public struct BuildOptions: Sendable {
    public var content: URL
    /// The content folder as the user named it, for messages.
    public var contentDisplay: String
    public var output: URL
    public var theme: URL?
    public var defaultTheme: URL
    /// Replaces `base_url` from `site.yaml`.
    public var baseURL: String?
    /// Build into a non-empty folder Gongkai did not create, keeping its files.
    public var force: Bool

    public init(content: URL, contentDisplay: String, output: URL, theme: URL? = nil, defaultTheme: URL,
                baseURL: String? = nil, force: Bool = false) {
        self.content = content
        self.contentDisplay = contentDisplay
        self.output = output
        self.theme = theme
        self.defaultTheme = defaultTheme
        self.baseURL = baseURL
        self.force = force
    }

    /// The folder beside the output where builds keep what they parsed, e.g. `.public.gongkai-cache`; it is never published.
    var cacheFolder: URL {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).gongkai-cache")
    }
}

/// What a build did, for the closing summary line.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var units: Int
    public var records: Int
    public var files: Int
    public var pages: Int
    /// Pages rendered anew; the rest were carried over because nothing they depend on changed.
    public var rendered: Int
    public var changed: Int
}

/// A build that could not finish; the output folder is as it was.
public struct BuildFailure: Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public var message: String?
    public var description: String { message ?? "\(diagnostics.errors.count) errors" }
}
