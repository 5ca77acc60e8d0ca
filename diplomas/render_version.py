# ruff: noqa: E501  (the pins are one key and SHA-256 a line)
"""The renderer's version and the golden diplomas' SHA-256 drawn under it.

An issued diploma is kept as its recipe and rebuilt on demand, so drawing code that draws
the same recipe differently silently changes issued diplomas. tests/unit/test_diploma_golden.py
draws a fixed set of recipes and compares each PDF with :data:`RENDER_PINS`: when they
differ the drawing changed, and :data:`RENDER_VERSION` is raised with new pins (the register
then reports diplomas issued under the old version as made by another renderer).
Regenerate with ``python -m tests.unit.test_diploma_golden``.
"""

from __future__ import annotations

RENDER_VERSION = 2  # raise when a change in diplomas/ draws an issued recipe differently

# SHA-256 of each golden recipe's PDF under RENDER_VERSION (template-orientation-language-edge).
RENDER_PINS: dict[str, str] = {
    "classic-landscape-sv-margin": "4d6667ad4e6c9e75a187ecf69999a4390d0c316458b9be94dbe4f1402090bb49",
    "classic-landscape-sv-bleed": "b8b8cb250eb6766b684967bd848bff9e6dd8a9a0d044d6d68b435926d907a14c",
    "classic-landscape-fi-margin": "ba53670316f408f3a93d39a4a977e174e8591f61c381d85ab64b03e4309a13ea",
    "classic-landscape-fi-bleed": "19d3f77246722281d31821c044a52da27cce2224960e6e3c052d1c1d774e4c51",
    "classic-landscape-en-margin": "fbfd949838ddb5c40ed907800be4e8c97c4ab2f5d7b5b6cc1e09a90b8b58b7c4",
    "classic-landscape-en-bleed": "60b71b413d8bbc5ad7009562292fd00263260d33d301a6c7d15397f3d958b2f4",
    "classic-portrait-sv-margin": "26846a95b59b252eb0223b7fd1b799eaf1e308499da5b1aa559c189266076c1f",
    "classic-portrait-sv-bleed": "2466dd06b567c8b11daaa2e7783011166fe1611659433a270b560262f80e510d",
    "classic-portrait-fi-margin": "70b5f66891850ad49ec7ddc42224b2744045df2cdf4936b897c9e062fd80320e",
    "classic-portrait-fi-bleed": "b2cb8b47bc2f2bd43a60e19969449309715d67be5d3038a9af7a4a67f486c624",
    "classic-portrait-en-margin": "3a6d1ebd1e3d80c017d5042b1591a318a884b38bb184d1fb5359a679ef170cf3",
    "classic-portrait-en-bleed": "3c044600eda841f6cdfd32309ca8a05868e83f0f08850d746aa51e9f50a6c460",
    "modern-landscape-sv-margin": "c14489d47e4e35e2327f3741adb5dfda2fdc19743029ee7a36850abaaab92d4a",
    "modern-landscape-sv-bleed": "3a07be33a6913077785a8d47e49bbab50db5cd4564f454bc6477b71dbd969539",
    "modern-landscape-fi-margin": "5ce0b35a1d9d9b064e4175b003eadf2ff0d057551eae1cb4328bed919a8846f7",
    "modern-landscape-fi-bleed": "2a4c244a131396557d80bb000c358e7137d518a5a7b58926c64d3a1980491fc3",
    "modern-landscape-en-margin": "6c601156a1fa9191d665c4cb8697c81d96e89f5b13f3788ae48ccee037588450",
    "modern-landscape-en-bleed": "ae72cbf25d49e8829003ce36c459ac28d32289575c0f05d7e6322dd50f8dc188",
    "modern-portrait-sv-margin": "57311f792ce3f4e22987675eba90f6fcaf980fe63f69d57d8136491b46e558aa",
    "modern-portrait-sv-bleed": "9dc49bb3372a0a49514a09c5b544eb9b7b71234b2865d55d2627321e3b8efc66",
    "modern-portrait-fi-margin": "399a029eb9f4d4e3cdc9ce4885c7c97603046aeed4ef08db5e16ea3158c49b28",
    "modern-portrait-fi-bleed": "dc5867cac114fe59c6619313538b687d2c1a81bee9ff66d1fc6a3dc60699c272",
    "modern-portrait-en-margin": "2535bd3b0b1886a83c0dacb9723c0d1e17b188236d1135ac620b44991ec51a57",
    "modern-portrait-en-bleed": "2a7a2294384c6538f45cbd25bcce5adbff1eca6b18b1e358b9129bf0b71f7f71",
    "minimal-landscape-sv-margin": "3d940a9798d546bbc52093dafebfa28bb38abd1c623a9d1f918fbb44ef369278",
    "minimal-landscape-sv-bleed": "61f176f4aed90f4fe587157b20490118a2c1c69a7e266fe6982cac9d23908f08",
    "minimal-landscape-fi-margin": "5558efb54d404157f2cfc8a00f4531e1520b6747e6372333ca1f59fb3658bb01",
    "minimal-landscape-fi-bleed": "c6afe7fcda73677e02d58b9c9d84d7c86922f259880ee1773ede48efbb727821",
    "minimal-landscape-en-margin": "56f587171938af184ae800ad466b306dd74b77bbd34474efb9b34fdb2a169fa4",
    "minimal-landscape-en-bleed": "c8b83c97e960dd3cacccec7b2d6690638b40b40c2dec0dd8a9bb79eaa5f3892f",
    "minimal-portrait-sv-margin": "67087d28266571a5f93c42cd1b56324eb590f854e83a48ebcab84c8dc2e39090",
    "minimal-portrait-sv-bleed": "d71975f1800c139ab5c74550ac830f14a8b063be5f8c916df4bf62523abcc894",
    "minimal-portrait-fi-margin": "57a503cd5fbdfcef08cf02e08f7a4acc3abff1eb2256a35dcd3f6146ad9bf621",
    "minimal-portrait-fi-bleed": "3ee08fdf682b552d2e1af72ebbb28d3f0eae54973dc69dab703941b97c61457e",
    "minimal-portrait-en-margin": "2fd4d012fe9d5c44caece89d51d990d91badf0d455c03463f430f87b027512ce",
    "minimal-portrait-en-bleed": "f64d93f348f6d40895c4d6e07677d41090ded6991f43cb9c92f5507ecc989fd3",
    "formal-landscape-sv-margin": "00684f9e1239c16c122b8fc8b1bce048c351b60de376cdd97e9d66d388681c2f",
    "formal-landscape-sv-bleed": "f2dc9082259ac719c7e27bd24b7b912b15b28882bb44746b442479c53674ff02",
    "formal-landscape-fi-margin": "fd05eaee189d3087bca6826556b23f8f1a91d1884306b6042e378563ab3b98ff",
    "formal-landscape-fi-bleed": "dc1f2ca0fa19af6f60581f9fbfd47f5fd32788995794aa7d6d3f2584e7a93779",
    "formal-landscape-en-margin": "b13c05746ec25a428b32f8bfc82f3641e398998ceb119edb9b657214737e4870",
    "formal-landscape-en-bleed": "151e682c51f202e7f6e5684a0b666832dc99971baee7a6b5994a82d29482047d",
    "formal-portrait-sv-margin": "8c3124c830eb95a45ceb3b5331757b4d7b7be47ec33e4c411ea80e69e674bcc8",
    "formal-portrait-sv-bleed": "7772342db2ab2f1ed6e06e6560bb424b7414063c1fc3979a7555e5b626cfaa24",
    "formal-portrait-fi-margin": "05bafae48153373c3b682b0606851bd4bce9fc474a751ac3c89a73531a34b4c6",
    "formal-portrait-fi-bleed": "d1c90464bbb4391f3720a1ae1bdcb74902dfa715ed9aee7781035549efda39a6",
    "formal-portrait-en-margin": "117b1c7c5eecad9b03e616cebce6e06a02879e042b224586cf3a274df269045e",
    "formal-portrait-en-bleed": "d2f3fdc44dac7e70bf7efdf9cd5aade3dcccf462a972f7028277630c786adac1",
    "classic-landscape-sv-margin-issued": "aa4d2c98ab6920e1e153d9f0e9155da6f230b2b7c1d23c40d03409514b5c8736",
}
