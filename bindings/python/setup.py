"""Build steps the declarative pyproject.toml cannot say: whether the wheel
carries its own libnewsdoc, and building it with CMake when it does.

The wheel bundles libnewsdoc (``NEWSDOC_BUNDLE``):

- ``1``: always; the C sources are the sdist's ``csrc/`` or, in a
  checkout, the repository around ``bindings/python``;
- ``0``: never; the package then loads an installed libnewsdoc;
- unset (``auto``): when building from the sdist, which carries the C
  sources for that purpose (``python -m build bindings/python`` makes the
  sdist, then the wheel from it: a self-contained wheel), and not when
  building straight from a checkout (``pip install ./bindings/python``:
  the package uses the libnewsdoc installed on the machine).

A bundled wheel holds, inside the package, a prefix laid out as an
install: ``newsdoc/lib/libnewsdoc.so.1``, the plugin libraries in
``newsdoc/lib/newsdoc/1/plugins/`` and their manifests in
``newsdoc/share/newsdoc/1/plugins.d/``. libnewsdoc finds the manifests
relative to the file it was loaded from (dladdr, plugin/discovery.c), and
the manifests name their libraries relative to themselves, so the plugins
work wherever pip puts the package. The library is configured with the
prefix /usr/local so that its compiled-in plugin folders are the usual
root-owned ones (which it searches anyway, through XDG_DATA_DIRS), never
the temporary folder the wheel was built in. The wheel is tagged
py3-none-<platform>: it holds no Python extension, so one wheel serves
every Python 3.9+; libxml2 and jansson come from the system.
"""

import os
import shutil
import subprocess

from setuptools import Distribution, setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

try:
    from setuptools.command.bdist_wheel import bdist_wheel
except ImportError:  # setuptools < 70.1
    from wheel.bdist_wheel import bdist_wheel  # type: ignore[no-redef]

HERE = os.path.dirname(os.path.abspath(__file__))
PACKED_SOURCES = os.path.join(HERE, "csrc")
# What building libnewsdoc and its plugins needs from the repository.
C_PARTS = ("CMakeLists.txt", "cmake", "include", "libnewsdoc", "plugins", "tools", "pkgconfig",
           "docs/newsdoc.schema.json", "docs/newsdoc.rng")


def c_sources():
    """(folder with libnewsdoc's CMakeLists.txt or None, whether it is the sdist's copy)."""
    if os.path.isfile(os.path.join(PACKED_SOURCES, "CMakeLists.txt")):
        return PACKED_SOURCES, True
    checkout = os.path.normpath(os.path.join(HERE, "..", ".."))
    if os.path.isfile(os.path.join(checkout, "CMakeLists.txt")) and os.path.isdir(os.path.join(checkout, "libnewsdoc")):
        return checkout, False
    return None, False


def bundling():
    setting = os.environ.get("NEWSDOC_BUNDLE", "auto").strip().lower()
    if setting in ("1", "yes", "true", "on"):
        return True
    if setting in ("0", "no", "false", "off"):
        return False
    if setting not in ("", "auto"):
        raise SystemExit(f"NEWSDOC_BUNDLE={setting!r}: expected 1, 0 or auto")
    return c_sources()[1]


def run(command, **kwargs):
    print("newsdoc build: " + " ".join(command), flush=True)
    subprocess.run(command, check=True, **kwargs)


def copy_matching(source_dir, target_dir, suffix):
    """Copy the regular files of source_dir whose names end with suffix."""
    os.makedirs(target_dir, exist_ok=True)
    copied = 0
    for name in sorted(os.listdir(source_dir)):
        if name.endswith(suffix) and os.path.isfile(os.path.join(source_dir, name)):
            shutil.copy2(os.path.join(source_dir, name), os.path.join(target_dir, name))
            copied += 1
    return copied


class BuildPy(build_py):
    """The Python files, then (when bundling) libnewsdoc built with CMake
    and its runtime files copied into the package."""

    def run(self):
        super().run()
        package = os.path.join(self.build_lib, "newsdoc")
        # A build folder reused from a bundled build must not leak its
        # library into a pure wheel (or stale files into a new bundle).
        for old in ("lib", "share"):
            shutil.rmtree(os.path.join(package, old), ignore_errors=True)
        if bundling():
            self.bundle_library(package)

    def bundle_library(self, package):
        source, _ = c_sources()
        if source is None:
            raise SystemExit("NEWSDOC_BUNDLE: the libnewsdoc sources are missing (neither csrc/ nor a checkout)")
        temp = os.path.abspath(self.get_finalized_command("build").build_temp)
        cmake_build = os.path.join(temp, "libnewsdoc")
        stage = os.path.join(temp, "stage")
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL") or str(os.cpu_count() or 1)
        run(["cmake", "-S", source, "-B", cmake_build, "-DCMAKE_BUILD_TYPE=RelWithDebInfo", "-DBUILD_TESTING=OFF",
             "-DCMAKE_INSTALL_PREFIX=/usr/local", "-DCMAKE_INSTALL_LIBDIR=lib", "-DCMAKE_INSTALL_DATADIR=share"])
        run(["cmake", "--build", cmake_build, "-j", jobs])
        shutil.rmtree(stage, ignore_errors=True)
        run(["cmake", "--install", cmake_build, "--prefix", stage, "--strip"])

        os.makedirs(os.path.join(package, "lib"))
        # The SONAME as a real file: wheels hold no symbolic links.
        shutil.copy2(os.path.join(stage, "lib", "libnewsdoc.so.1"), os.path.join(package, "lib", "libnewsdoc.so.1"))
        plugins = copy_matching(os.path.join(stage, "lib", "newsdoc", "1", "plugins"),
                                os.path.join(package, "lib", "newsdoc", "1", "plugins"), ".so")
        manifests = copy_matching(os.path.join(stage, "share", "newsdoc", "1", "plugins.d"),
                                  os.path.join(package, "share", "newsdoc", "1", "plugins.d"), ".json")
        # The output schemas (JSON Schema of the json export, RELAX NG of the
        # xml one), where an install keeps them.
        copy_matching(os.path.join(stage, "share", "newsdoc"), os.path.join(package, "share", "newsdoc"), "")
        print(f"newsdoc build: bundled libnewsdoc.so.1, {plugins} plugin libraries, {manifests} manifests", flush=True)


class Sdist(sdist):
    """The sdist carries libnewsdoc's sources in csrc/, so a wheel built from
    it (pip install newsdoc-*.tar.gz, python -m build) is self-contained."""

    def make_release_tree(self, base_dir, files):
        super().make_release_tree(base_dir, files)
        source, _ = c_sources()
        if source is None:
            raise SystemExit("sdist: the libnewsdoc sources are missing (neither csrc/ nor a checkout)")
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")
        for part in C_PARTS:
            origin, target = os.path.join(source, part), os.path.join(base_dir, "csrc", part)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if os.path.isdir(origin):
                shutil.copytree(origin, target, ignore=ignore)
            else:
                shutil.copy2(origin, target)


class BinaryDistribution(Distribution):
    def has_ext_modules(self):
        # A bundled wheel holds a platform's shared objects: platlib, and a
        # platform tag.
        return bundling()


class BdistWheel(bdist_wheel):
    def get_tag(self):
        python, abi, platform = super().get_tag()
        if not self.root_is_pure:
            # No Python extension inside: any Python 3, one platform.
            return "py3", "none", platform
        return python, abi, platform


setup(
    distclass=BinaryDistribution,
    cmdclass={"build_py": BuildPy, "sdist": Sdist, "bdist_wheel": BdistWheel},
)
