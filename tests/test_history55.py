

def test_the_sheet_keeps_its_date_when_renamed_from_is_removed_after_the_rename(tmp_path):
    cards = corpus(tmp_path)
    build(cards, tmp_path / "out", EPOCH, "md")
    edit(cards / "baking.yaml", "  - id: ear\n", "  - id: crust-ear\n    renamed_from: ear\n")
    build(cards, tmp_path / "out", EPOCH + DAY, "md")
    before = (tmp_path / "out" / "sourdough.md").read_bytes()
    edit(cards / "baking.yaml", "    renamed_from: ear\n", "")
    said = build(cards, tmp_path / "out", EPOCH + 30 * DAY, "md")
    assert "sourdough.md: unchanged" in said, said
    assert (tmp_path / "out" / "sourdough.md").read_bytes() == before
