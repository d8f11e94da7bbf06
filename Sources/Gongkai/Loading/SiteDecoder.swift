import Yams

/// Reads `site.yaml`.
enum SiteDecoder {
    static func decode(_ root: Node, sink: DiagnosticSink) -> Site? {
        guard let fields = YAMLMapping(root, path: "", sink: sink) else { return nil }
        defer { fields.finish() }
        let title = fields.string("title", required: true, example: "title: 某市部门整体支出绩效自评公开")
        let baseURL = fields.string("base_url", required: true, example: "base_url: https://czj.example.gov.cn/jxgk/")
        let language = fields.string("language") ?? "zh-CN"
        let publisher = fields.string("publisher")
        let description = fields.string("description")
        let publishContact = fields.bool("publish_contact") ?? false
        let feedLimit = fields.integer("feed_limit", range: 1...10_000, example: 50) ?? 50
        let terms = fields.string("terms")
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            sink.error("\(FieldLabels.describe("base_url")) must be an absolute address such as https://czj.example.gov.cn/jxgk/, found '\(baseURL)'",
                       at: fields.position("base_url"), field: "base_url")
            return nil
        }
        guard let title, let baseURL else { return nil }
        return Site(title: title, baseURL: baseURL, language: language, publisher: publisher, description: description,
                    publishContact: publishContact, feedLimit: feedLimit, terms: terms)
    }
}
