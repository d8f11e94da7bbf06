import Mustache

/// What a template that does not parse has wrong, in words a theme's editor can act on.
enum TemplateParseProblem {
    /// The sentence for swift-mustache's parse `error`, its name kept in brackets for looking it up.
    static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        let sentence: String
        switch error {
        case .sectionCloseNameIncorrect: sentence = "a section is closed with a name other than the one it was opened with"
        case .unfinishedName: sentence = "a tag is not closed with }}"
        case .expectedSectionEnd: sentence = "a section is opened and never closed; add {{/name}} after it"
        case .invalidSetDelimiter: sentence = "a {{=<% %>=}} tag that sets delimiters is malformed"
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            sentence = "a block inside a {{<partial}} tag holds something a block may not"
        case .invalidConfigVariableSyntax: sentence = "a {{% }} tag is malformed; write {{% CONTENT_TYPE: HTML }}"
        case .unrecognisedConfigVariable: sentence = "a {{% }} tag names a setting or content type swift-mustache does not know"
        @unknown default: return "\(error)"
        }
        return "\(sentence) (\(error))"
    }
}
