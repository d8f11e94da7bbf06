/// `sitemap.xml` listing every page under the base URL, and `robots.txt` pointing at it.
enum Sitemap {
    static func files(pages: [String], links: Links) -> [OutputFile] {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            xml += "<url><loc>\(Escape.xml(links.absolute(page)))</loc></url>\n"
        }
        xml += "</urlset>\n"
        let robots = "User-agent: *\nAllow: /\nSitemap: \(links.absolute("sitemap.xml"))\n"
        return [OutputFile(path: "sitemap.xml", text: xml), OutputFile(path: "robots.txt", text: robots)]
    }
}
