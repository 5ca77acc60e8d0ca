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

RENDER_VERSION = 1  # raise when a change in diplomas/ draws an issued recipe differently

# SHA-256 of each golden recipe's PDF under RENDER_VERSION (template-orientation-language-edge).
RENDER_PINS: dict[str, str] = {
    "classic-landscape-sv-margin": "4d6667ad4e6c9e75a187ecf69999a4390d0c316458b9be94dbe4f1402090bb49",
    "classic-landscape-sv-bleed": "b8b8cb250eb6766b684967bd848bff9e6dd8a9a0d044d6d68b435926d907a14c",
    "classic-landscape-fi-margin": "ba53670316f408f3a93d39a4a977e174e8591f61c381d85ab64b03e4309a13ea",
    "classic-landscape-fi-bleed": "19d3f77246722281d31821c044a52da27cce2224960e6e3c052d1c1d774e4c51",
    "classic-landscape-en-margin": "ae8bd88dd0eb697185f95f0abaac73eec88da2648d87bd9c1fac19adf9fa94e3",
    "classic-landscape-en-bleed": "d4b4c985ed57520bc2fdc3ff8b7648863b65100687cdcf4e6bcfd83566169c1f",
    "classic-portrait-sv-margin": "85f5fdc5c42437f3866b13bc6268e28bd041f101cd0953c8466b881d3881842a",
    "classic-portrait-sv-bleed": "c455ba3d87b6bdf67d57ca457c9e5ec842ad7f837eda57d3aaab52f83ba24bcc",
    "classic-portrait-fi-margin": "70b5f66891850ad49ec7ddc42224b2744045df2cdf4936b897c9e062fd80320e",
    "classic-portrait-fi-bleed": "b2cb8b47bc2f2bd43a60e19969449309715d67be5d3038a9af7a4a67f486c624",
    "classic-portrait-en-margin": "17794de68852d3ac7427e7a9143e3ea512c31e0c34619618734512ca57f98ca7",
    "classic-portrait-en-bleed": "33e3f538716ef5b99b0a5db10d0032cd1b2b923ddb5913919a18c34a95622b0c",
    "modern-landscape-sv-margin": "c14489d47e4e35e2327f3741adb5dfda2fdc19743029ee7a36850abaaab92d4a",
    "modern-landscape-sv-bleed": "3a07be33a6913077785a8d47e49bbab50db5cd4564f454bc6477b71dbd969539",
    "modern-landscape-fi-margin": "5ce0b35a1d9d9b064e4175b003eadf2ff0d057551eae1cb4328bed919a8846f7",
    "modern-landscape-fi-bleed": "2a4c244a131396557d80bb000c358e7137d518a5a7b58926c64d3a1980491fc3",
    "modern-landscape-en-margin": "46a2c5f86bd56a0e76f63f42177858382c8a11847f0f4aa010732f5d68b354d9",
    "modern-landscape-en-bleed": "6ef2cf63142c6d4276926c64ff8e902b4c27afc55a418fa189e72645fcbdbd62",
    "modern-portrait-sv-margin": "57311f792ce3f4e22987675eba90f6fcaf980fe63f69d57d8136491b46e558aa",
    "modern-portrait-sv-bleed": "9dc49bb3372a0a49514a09c5b544eb9b7b71234b2865d55d2627321e3b8efc66",
    "modern-portrait-fi-margin": "399a029eb9f4d4e3cdc9ce4885c7c97603046aeed4ef08db5e16ea3158c49b28",
    "modern-portrait-fi-bleed": "dc5867cac114fe59c6619313538b687d2c1a81bee9ff66d1fc6a3dc60699c272",
    "modern-portrait-en-margin": "bf4e543e1efc2197a862c9038d31a4bd1589693694bbff40d9226aca573ce3f4",
    "modern-portrait-en-bleed": "b6be9d19dfa8eedc6e5bbc9d939f2dd42e39a60ab7d11fbf63b186616572cee0",
    "minimal-landscape-sv-margin": "3d940a9798d546bbc52093dafebfa28bb38abd1c623a9d1f918fbb44ef369278",
    "minimal-landscape-sv-bleed": "61f176f4aed90f4fe587157b20490118a2c1c69a7e266fe6982cac9d23908f08",
    "minimal-landscape-fi-margin": "5558efb54d404157f2cfc8a00f4531e1520b6747e6372333ca1f59fb3658bb01",
    "minimal-landscape-fi-bleed": "c6afe7fcda73677e02d58b9c9d84d7c86922f259880ee1773ede48efbb727821",
    "minimal-landscape-en-margin": "ab420acc8e74c7ae6a98ede742784ec7b96740411aa145904ef8752aa62946d9",
    "minimal-landscape-en-bleed": "262608754dcff8e7c8600a05bfcf7887ca2554a26f59c802b34e0a13597d9156",
    "minimal-portrait-sv-margin": "62bb0f576bd2503b3f8a8cbea92ae48194a68f30ecee344c3ae1853223dfbd08",
    "minimal-portrait-sv-bleed": "2773778be241d4f2d012cb37f4eb1a353650d8849196f7721f1ce2af87d7bb8d",
    "minimal-portrait-fi-margin": "57a503cd5fbdfcef08cf02e08f7a4acc3abff1eb2256a35dcd3f6146ad9bf621",
    "minimal-portrait-fi-bleed": "3ee08fdf682b552d2e1af72ebbb28d3f0eae54973dc69dab703941b97c61457e",
    "minimal-portrait-en-margin": "f2acd7aaea462a002536d11898cdd01d52385f1b476ccd136726e81fe2b1d73c",
    "minimal-portrait-en-bleed": "1e6a4f7a91a2fa5a38b0e0d1ab88dbe5d5941a2ea5a9ddfebe95eabdbfe21502",
    "formal-landscape-sv-margin": "00684f9e1239c16c122b8fc8b1bce048c351b60de376cdd97e9d66d388681c2f",
    "formal-landscape-sv-bleed": "f2dc9082259ac719c7e27bd24b7b912b15b28882bb44746b442479c53674ff02",
    "formal-landscape-fi-margin": "fd05eaee189d3087bca6826556b23f8f1a91d1884306b6042e378563ab3b98ff",
    "formal-landscape-fi-bleed": "dc1f2ca0fa19af6f60581f9fbfd47f5fd32788995794aa7d6d3f2584e7a93779",
    "formal-landscape-en-margin": "3938eb28097f10e09798c0bfb6d7d1d34384c8a4f665ae3e107ddcf8550a39cf",
    "formal-landscape-en-bleed": "41f9291564bbab1b1c1b01e092eee242675c2feccf75134d1a12f6da497bd5ff",
    "formal-portrait-sv-margin": "74efa67ea5c0ded3d47b19fa4fa42a73eb54e1e2460b54a2c7cc9f6f59cc9bab",
    "formal-portrait-sv-bleed": "75b9b9ed62acd5478d1ccc3ec05b6d9441c6154cc4f5930db98218d95a0d416a",
    "formal-portrait-fi-margin": "05bafae48153373c3b682b0606851bd4bce9fc474a751ac3c89a73531a34b4c6",
    "formal-portrait-fi-bleed": "d1c90464bbb4391f3720a1ae1bdcb74902dfa715ed9aee7781035549efda39a6",
    "formal-portrait-en-margin": "76780af88caee07d7152e2aad7079b4f6a7bfe9d61471f729377f22de4434b24",
    "formal-portrait-en-bleed": "fcd0536e9fc6daf1541e0de41ccff2adadb7dffc635c281a11ff393f1653b0c8",
    "classic-landscape-sv-margin-issued": "aa4d2c98ab6920e1e153d9f0e9155da6f230b2b7c1d23c40d03409514b5c8736",
}
