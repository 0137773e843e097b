using Kessan.Diagnostics;
using Kessan.Testing;

namespace Kessan.Tests.Layout;

// Bad input: each problem is one diagnostic with a stable code at its file, line and column, and reading goes on.
public partial class LayoutReaderTest
{
    /// <summary>
    /// One line of <see cref="Minimal"/> replaced by a bad one: the line, its text, the code, and the text on that
    /// line where the diagnostic points.
    /// </summary>
    public static TheoryData<int, string, string, string> BadLines => new()
    {
        // Unknown keys (KSN003), at the key.
        { 9, "titel: Results", DiagnosticCodes.UnknownKey, "titel" },
        { 5, "    colour: red\n    columns:", DiagnosticCodes.UnknownKey, "colour" },
        { 6, "      - {id: c, period: FY2012, headr: [X]}", DiagnosticCodes.UnknownKey, "headr" },
        { 8, "      - {id: r, lable: Revenues, value: Revenues}", DiagnosticCodes.UnknownKey, "lable" },
        { 8, "      - {id: r, label: Revenues, value: Revenues, cells: {c: {blanc: true}}}", DiagnosticCodes.UnknownKey, "blanc" },
        { 8, "      - {id: r, label: Revenues, value: Revenues, cells: {d: Revenues}}", DiagnosticCodes.UnknownKey, "d: Revenues}" },
        { 9, "lint: {alow: [x]}", DiagnosticCodes.UnknownKey, "alow" },
        { 9, "formats: [{name: f, base: millions, scael: 3}]", DiagnosticCodes.UnknownKey, "scael" },

        // Missing required keys (KSN004), at the mapping that lacks them.
        { 6, "      - {period: FY2012}", DiagnosticCodes.MissingKey, "{" },
        { 9, "formats: [{base: millions}]", DiagnosticCodes.MissingKey, "{" },

        // Expressions that cannot be parsed (KSN501), where parsing stopped.
        { 8, "      - {id: r, label: Revenues, value: \"(Revenues + ServiceRevenue\"}", DiagnosticCodes.ExpressionSyntax, "\"}" },
        { 8, "      - {id: r, label: Revenues, value: \"Revenues ? 2\"}", DiagnosticCodes.ExpressionSyntax, "? 2" },
        { 8, "      - {id: r, label: \"Revenues {{ Revenues + }}\", value: Revenues}", DiagnosticCodes.ExpressionSyntax, " }}" },

        // Malformed templates (KSN502).
        { 8, "      - {id: r, label: \"Revenues {{ Revenues\", value: Revenues}", DiagnosticCodes.TemplateSyntax, "{{" },
        { 8, "      - {id: r, label: \"Revenues {{ Revenues | }}\", value: Revenues}", DiagnosticCodes.TemplateSyntax, " }}" },

        // Names that do not exist (KSN503).
        { 8, "      - {id: r, label: Revenues, value: Revenue}", DiagnosticCodes.UnknownName, "Revenue}" },
        { 8, "      - {id: r, label: Revenues, value: \"yoyo(Revenues)\"}", DiagnosticCodes.UnknownName, "yoyo" },
        { 8, "      - {id: r, label: Revenues, value: \"Revenues[Segmnt=Network]\"}", DiagnosticCodes.UnknownName, "Revenues[" },
        { 8, "      - {id: r, label: Revenues, value: \"Revenues[Segment=Networks]\"}", DiagnosticCodes.UnknownName, "Revenues[" },
        { 8, "      - {id: r, label: Revenues, value: Revenues, format: milions}", DiagnosticCodes.UnknownName, "milions" },
        { 8, "      - {id: r, label: \"{{ Revenues | milions }}\", value: Revenues}", DiagnosticCodes.UnknownName, "Revenues |" },
        { 8, "      - {id: r, label: \"{{ setting:company.nam }}\", value: Revenues}", DiagnosticCodes.UnknownName, "setting" },
        { 8, "      - {id: r, label: Revenues, value: Revenues, dims: \"Segmnt=Network\"}", DiagnosticCodes.UnknownName, "\"Segmnt" },
        { 8, "      - {id: r, label: Revenues, value: Revenues, dims: \"Segment=Networks\"}", DiagnosticCodes.UnknownName, "\"Segment" },
        { 8, "      - {id: r, label: Revenues, value: Revenues, total_of: [s]}", DiagnosticCodes.UnknownName, "s]" },
        { 6, "      - {id: c, period: FY2012, total_of: [d]}", DiagnosticCodes.UnknownName, "d]" },
        { 2, "  - table: tt", DiagnosticCodes.UnknownName, "tt" },
        { 2, "  - text: overviw\n  - table: t", DiagnosticCodes.UnknownName, "overviw" },
        { 9, "formats: [{name: f, base: milions}]", DiagnosticCodes.UnknownName, "milions" },

        // Values of the wrong type or form (KSN005), at the value.
        { 9, "rounding: rounded", DiagnosticCodes.InvalidValue, "rounded" },
        { 5, "    rounding: footing\n    columns:", DiagnosticCodes.InvalidValue, "footing" },
        { 6, "      - {id: c, period: FY20x2}", DiagnosticCodes.InvalidValue, "FY20x2" },
        { 6, "      - {id: c, period: FY2012, additive: maybe}", DiagnosticCodes.InvalidValue, "maybe" },
        { 6, "      - {id: c, period: FY2012, status: planned}", DiagnosticCodes.InvalidValue, "planned" },
        { 6, "      - {id: c, period: FY2012, header: [{a: b}]}", DiagnosticCodes.InvalidValue, "{a" },
        { 6, "      - c", DiagnosticCodes.InvalidValue, "c" },
        { 8, "      - {id: r, label: Revenues, value: Revenues, indent: two}", DiagnosticCodes.InvalidValue, "two" },
        { 8, "      - {id: r, label: Revenues, value: Revenues, style: bold}", DiagnosticCodes.InvalidValue, "bold" },
        { 8, "      - {id: r, label: Revenues, value: Revenues, dims: \"Segment\"}", DiagnosticCodes.InvalidValue, "\"Segment" },
        { 8, "      - {id: r, label: Revenues, value: Revenues, dims: \"Segment=Network;Segment=Systems\"}", DiagnosticCodes.InvalidValue, "\"Segment" },
        { 8, "      - {id: r, label: [Revenues], value: Revenues}", DiagnosticCodes.InvalidValue, "[Revenues]" },
        { 2, "  - {table: t, heading: Results}", DiagnosticCodes.InvalidValue, "{" },
        { 2, "  - {heading: Results, level: 7}\n  - table: t", DiagnosticCodes.InvalidValue, "7" },
        { 9, "formats: [{name: f, base: millions, negative: red}]", DiagnosticCodes.InvalidValue, "red" },
        { 9, "formats: [{name: f, base: millions, decimals: one}]", DiagnosticCodes.InvalidValue, "one" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public void A_bad_line_is_one_diagnostic_with_its_code_at_its_line_and_column(int line, string text, string code, string at)
    {
        var yaml = MinimalWith(line, text);

        var (layout, diagnostics) = Read(yaml);

        diagnostics.Single().ShouldBeAt(code, LayoutPath, line, ColumnOf(yaml, line, at));
        layout.ShouldNotBeNull("reading goes on after a problem");
    }
}

// Headers over groups of columns: adjacent columns of the table, groups nested or apart.
public partial class LayoutReaderTest
{
    [Theory]
    [InlineData("[{header: X, columns: [a, c]}]", DiagnosticCodes.InvalidValue, "c]")]
    [InlineData("[{header: X, columns: [b, a]}]", DiagnosticCodes.InvalidValue, "a]")]
    [InlineData("[{header: X, columns: [a, d]}]", DiagnosticCodes.UnknownName, "d]")]
    [InlineData("[{header: X, columns: [a, b]}, {header: Y, columns: [b, c]}]", DiagnosticCodes.InvalidValue, "[b, c]")]
    [InlineData("[{columns: [a]}]", DiagnosticCodes.MissingKey, "{columns")]
    [InlineData("[{header: X, columns: []}]", DiagnosticCodes.InvalidValue, "[]}")]
    [InlineData("[{header: X, columns: [a], colums: [b]}]", DiagnosticCodes.UnknownKey, "colums")]
    [InlineData("[{header: \"{{ Revenue }}\", columns: [a]}]", DiagnosticCodes.UnknownName, "Revenue")]
    public void A_bad_column_group_is_one_diagnostic_at_its_line(string groups, string code, string at)
    {
        var yaml = "document:\n  - table: t\ntables:\n  - id: t\n"
            + "    columns: [{id: a, period: FY2012}, {id: b, period: FY2012}, {id: c, period: FY2012}]\n"
            + "    column_groups: " + groups + "\n"
            + "    rows:\n      - {id: r, label: Revenues, value: Revenues}\n";

        var (layout, diagnostics) = Read(yaml);

        diagnostics.Single().ShouldBeAt(code, LayoutPath, 6, ColumnOf(yaml, 6, at));
        layout.ShouldNotBeNull("reading goes on after a problem");
    }

    [Fact]
    public void Column_groups_are_read_with_their_columns_in_order()
    {
        var yaml = "document:\n  - table: t\ntables:\n  - id: t\n"
            + "    columns: [{id: a, period: FY2012}, {id: b, period: FY2012}, {id: c, period: FY2012}]\n"
            + "    column_groups: [{header: \"As of {{ setting:company.short_name }}\", columns: [b, c]}, {header: All, columns: [a, b, c]}]\n"
            + "    rows:\n      - {id: r, label: Revenues, value: Revenues}\n";

        var table = ReadClean(yaml).Tables.Single();

        table.ColumnGroups.Select(g => string.Join(",", g.Columns)).ShouldBe(["b,c", "a,b,c"]);
        table.ColumnGroups[0].Location.Line.ShouldBe(6);
    }
}

// Problems that take more than a line to show, and the messages readers see.
public partial class LayoutReaderTest
{
    [Fact]
    public void A_table_without_an_id_columns_or_rows_is_missing_required_keys()
    {
        const string yaml = """
            document: []
            tables:
              - {title: No id, columns: [{id: c}], rows: [{id: r, value: Revenues}]}
              - id: empty
            """;

        var (_, diagnostics) = Read(yaml);

        diagnostics.Length.ShouldBe(3, string.Join(" | ", diagnostics));
        diagnostics[0].ShouldBeAt(DiagnosticCodes.MissingKey, LayoutPath, 3, 5).Message.ShouldBe("Missing required key 'id' in a table.");
        diagnostics[1].ShouldBeAt(DiagnosticCodes.MissingKey, LayoutPath, 4, 5).Message.ShouldBe("Missing required key 'columns'.");
        diagnostics[2].ShouldBeAt(DiagnosticCodes.MissingKey, LayoutPath, 4, 5).Message.ShouldBe("Missing required key 'rows'.");
    }

    [Fact]
    public void A_section_without_an_id_is_missing_a_required_key()
    {
        var yaml = MinimalWith(2, "  - section: {title: Tables, blocks: [{table: t}]}");

        var (_, diagnostics) = Read(yaml);

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.MissingKey, LayoutPath, 2, 14).Message.ShouldBe("Missing required key 'id'.");
    }

    [Fact]
    public void A_layout_without_a_document_section_is_reported_at_its_first_file()
    {
        var (layout, diagnostics) = Read("tables: []\n", "title: Results\n");

        var d = diagnostics.Single();
        d.Code.ShouldBe(DiagnosticCodes.MissingKey);
        d.Location.ShouldBe(new SourceLocation(LayoutPath));
        d.Message.ShouldBe("No layout file has a 'document' section.");
        layout.ShouldNotBeNull().Blocks.ShouldBeEmpty();
    }

    [Fact]
    public void Malformed_yaml_is_reported_where_the_parser_stopped()
    {
        var yaml = MinimalWith(8, "      - {id: r, label: \"Revenues, value: Revenues}");

        var (_, diagnostics) = Read(yaml);

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.YamlSyntax, LayoutPath, 8, ColumnOf(yaml, 8, "\"Revenues"))
            .Message.ShouldStartWith("Malformed YAML: ");
    }

    [Fact]
    public void An_unclosed_brace_in_a_layout_is_named_in_the_message()
    {
        var yaml = MinimalWith(8, "      - id: r\n        label: {text: Revenues");

        var (_, diagnostics) = Read(yaml);

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.YamlSyntax, LayoutPath, 9, 16).Message.ShouldBe("Malformed YAML: this '{' is never closed.");
    }

    [Fact]
    public void A_layout_file_that_does_not_exist_is_reported_at_the_line_of_package_yaml_naming_it()
    {
        var source = Package().WithLayout(Minimal, LayoutPath).Build();
        var line = source.LineStartingWith("package.yaml", "  - " + LayoutPath);

        var (_, diagnostics) = Read(source.Without(LayoutPath));

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.FileMissing, "package.yaml", line)
            .Message.ShouldBe($"File '{LayoutPath}' does not exist.");
    }

    [Fact]
    public void What_a_file_that_cannot_be_read_may_define_is_not_reported_missing()
    {
        // The second file, which would define the table 'more' and the format 'big', is not valid YAML.
        var first = MinimalWith(2, "  - table: t\n  - table: more") + "\n    format: big";

        var (_, diagnostics) = Read(first, "tables:\n  - id: more\n    format: [big\n");

        diagnostics.Single().Code.ShouldBe(DiagnosticCodes.YamlSyntax, string.Join(" | ", diagnostics));
        diagnostics[0].Location!.Path.ShouldBe("layout/more1.yaml");
    }

    [Fact]
    public void Tables_written_as_a_mapping_instead_of_a_list_are_an_invalid_value()
    {
        var yaml = "document: []\ntables: {id: t}\n";

        var (_, diagnostics) = Read(yaml);

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.InvalidValue, LayoutPath, 2, 9).Message.ShouldBe("'tables' must be a list.");
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_in_one_reading()
    {
        const string yaml = """
            rounding: rounded
            document:
              - table: t
            tables:
              - id: t
                columns:
                  - {id: c, period: FY2012, headr: [X]}
                rows:
                  - {id: r, label: Revenues, value: Revenue, indent: two}
            """;

        var (_, diagnostics) = Read(yaml);

        diagnostics.Select(d => (d.Code, d.Location!.Line)).ShouldBe(
        [
            (DiagnosticCodes.InvalidValue, 1),
            (DiagnosticCodes.UnknownKey, 7),
            (DiagnosticCodes.UnknownName, 9),
            (DiagnosticCodes.InvalidValue, 9),
        ]);
    }

    [Fact]
    public void An_unknown_key_names_the_nearest_known_key_and_lists_them_all()
    {
        var (_, diagnostics) = Read(MinimalWith(8, "      - {id: r, lable: Revenues, value: Revenues}"));

        diagnostics.Single().Message.ShouldBe(
            "Unknown key 'lable'. Did you mean 'label'? Known keys here: id, label, period, status, dims, value, text, format, indent, style, total_of, cells, unavailable.");
    }

    [Theory]
    [InlineData("      - {id: r, label: Revenues, value: Revenue}", "Concept 'Revenue' is not defined. Did you mean 'Revenues'?")]
    [InlineData("      - {id: r, label: Revenues, value: \"yoyo(Revenues)\"}", "'yoyo' is not a derivation rule. Did you mean 'yoy'?")]
    [InlineData("      - {id: r, label: Revenues, value: Revenues, format: milions}", "Format 'milions' is not defined. Did you mean 'millions'?")]
    [InlineData("      - {id: r, label: Revenues, value: Revenues, total_of: [s]}", "Row 's' is not a row of table 't'. Did you mean 'r'?")]
    [InlineData("      - {id: r, label: \"{{ setting:company.nam }}\", value: Revenues}", "Setting 'company.nam' does not exist. Did you mean 'company.name'?")]
    public void An_unknown_name_suggests_the_nearest_one(string row, string message)
    {
        var (_, diagnostics) = Read(MinimalWith(8, row));

        diagnostics.Single().Message.ShouldBe(message);
    }

    [Fact]
    public void An_unknown_table_in_the_document_suggests_the_nearest_table()
    {
        var (_, diagnostics) = Read(MinimalWith(2, "  - table: tt"));

        diagnostics.Single().Message.ShouldBe("Table 'tt' is not defined. Did you mean 't'?");
    }

    [Fact]
    public void A_declared_sum_naming_a_row_of_another_table_is_left_for_the_builder_to_resolve()
    {
        var layout = ReadClean(MinimalWith(8, "      - {id: r, label: Revenues, value: Revenues, total_of: [other/r, -x/y]}"));

        layout.Tables[0].Rows[0].TotalOf.Select(w => (w.Id, w.Weight)).ShouldBe([("other/r", 1), ("x/y", -1)]);
    }
}

// Identifiers that must be unique: the second definition is reported.
public partial class LayoutReaderTest
{
    [Fact]
    public void A_table_defined_twice_is_reported_at_the_second_id()
    {
        var (layout, diagnostics) = Read(Minimal + "\n  - id: t\n    columns: [{id: c}]\n    rows: [{id: r, value: Revenues}]");

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.DuplicateId, LayoutPath, 9, 9).Message.ShouldBe("Table 't' is defined twice.");
        layout!.Tables.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_table_defined_in_two_files_is_reported_in_the_second()
    {
        var (_, diagnostics) = Read(Minimal, "tables:\n  - id: t\n    columns: [{id: c}]\n    rows: [{id: r, value: Revenues}]\n");

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.DuplicateId, "layout/more1.yaml", 2, 9);
    }

    [Fact]
    public void A_column_appearing_twice_is_reported_at_the_second()
    {
        var (layout, diagnostics) = Read(MinimalWith(6, "      - {id: c, period: FY2012}\n      - {id: c, period: FY2011}"));

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.DuplicateId, LayoutPath, 7, 14).Message.ShouldBe("Column 'c' appears twice in table 't'.");
        layout!.Tables[0].Columns.ShouldHaveSingleItem();
    }

    [Fact]
    public void A_row_appearing_twice_is_reported_at_the_second()
    {
        var (layout, diagnostics) = Read(MinimalWith(8, "      - {id: r, label: Revenues, value: Revenues}\n      - {id: r, label: Revenues again, value: Revenues}"));

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.DuplicateId, LayoutPath, 9, 9).Message.ShouldBe("Row 'r' appears twice in table 't'; give one an 'id'.");
        layout!.Tables[0].Rows.ShouldHaveSingleItem();
    }

    [Fact]
    public void Two_rows_with_the_same_label_and_no_id_collide()
    {
        var (_, diagnostics) = Read(MinimalWith(8, "      - {label: Revenues, value: Revenues}\n      - {label: Revenues, value: Revenues}"));

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.DuplicateId, LayoutPath, 9, 9).Message.ShouldBe("Row 'revenues' appears twice in table 't'; give one an 'id'.");
    }

    [Theory]
    [InlineData("formats: [{name: f, base: millions}, {name: f, base: thousands}]", "Format 'f' is already defined.", "f, base: thousands")]
    [InlineData("formats: [{name: millions, base: thousands}]", "Format 'millions' is already defined.", "millions, base")]
    public void A_format_defined_twice_or_named_like_a_built_in_one_is_reported(string line, string message, string at)
    {
        var yaml = MinimalWith(9, line);

        var (_, diagnostics) = Read(yaml);

        diagnostics.Single().ShouldBeAt(DiagnosticCodes.DuplicateId, LayoutPath, 9, ColumnOf(yaml, 9, at)).Message.ShouldBe(message);
    }

    [Fact]
    public void The_title_and_the_document_may_each_be_set_in_only_one_file()
    {
        var (_, diagnostics) = Read("title: First\n" + Minimal, "title: Second\ndocument: []\n");

        diagnostics.Length.ShouldBe(2, string.Join(" | ", diagnostics));
        diagnostics[0].ShouldBeAt(DiagnosticCodes.DuplicateId, "layout/more1.yaml", 1, 8).Message.ShouldBe("The release title is set in more than one layout file.");
        diagnostics[1].ShouldBeAt(DiagnosticCodes.DuplicateId, "layout/more1.yaml", 2, 11).Message.ShouldBe("The document is laid out in more than one layout file.");
    }
}
