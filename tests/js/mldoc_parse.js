// Parse a Logseq Markdown file with mldoc (Logseq's own parser) and print its AST as JSON.
const fs = require("fs");
const { Mldoc } = require("mldoc");

const config = JSON.stringify({
  toc: false,
  parse_outline_only: false,
  heading_number: false,
  keep_line_break: true,
  format: "Markdown",
  heading_to_list: false,
  exporting_keep_properties: true,
  inline_type_with_pos: false,
  export_md_remove_options: [],
  hiccup_in_block: true,
});
process.stdout.write(Mldoc.parseJson(fs.readFileSync(process.argv[2], "utf8"), config));
