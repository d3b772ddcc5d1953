"""Packaging beyond what pyproject.toml can say: the top-level resources/ folder (fonts, layouts,
translations, demo, word lists) is the source, and ships inside the package as
meeting_assistant/resources, so a wheel, an sdist or an editable install all find it through
importlib.resources (meeting_assistant.paths.resources_dir)."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["meeting_assistant*", "ui*"]) + ["meeting_assistant.resources"],
    package_dir={"meeting_assistant.resources": "resources"},
    package_data={"meeting_assistant": ["py.typed"], "meeting_assistant.resources": ["**/*"]},
    exclude_package_data={"meeting_assistant.resources": ["**/*.ts"]},
)
