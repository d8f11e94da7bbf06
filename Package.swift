// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Gongkai",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Gongkai", targets: ["Gongkai"]),
        .executable(name: "gongkai", targets: ["GongkaiCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CLibdeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"])]
        ),
        .systemLibrary(
            name: "CJemalloc",
            pkgConfig: "jemalloc",
            providers: [.apt(["libjemalloc-dev"])]
        ),
        .target(
            name: "Gongkai",
            dependencies: [
                "CCmark",
                "CLibdeflate",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Algorithms", package: "swift-algorithms"),
            ]
        ),
        .executableTarget(
            name: "GongkaiCLI",
            dependencies: [
                .target(name: "CJemalloc", condition: .when(platforms: [.linux])),
                "Gongkai",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "GongkaiTests",
            dependencies: ["Gongkai"],
            exclude: ["Charts/Golden"]
        ),
    ]
)
