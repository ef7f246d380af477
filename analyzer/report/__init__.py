"""Report stage: the schema-v1 JSON report and its Dutch Markdown rendering."""

from analyzer.report.build import SCHEMA_VERSION, build_report, report_schema, validate_report
from analyzer.report.markdown import render_markdown
from analyzer.report.pdf import render_pdf

__all__ = ["SCHEMA_VERSION", "build_report", "render_markdown", "render_pdf", "report_schema", "validate_report"]
