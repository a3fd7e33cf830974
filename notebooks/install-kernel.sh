#!/usr/bin/env bash
# Installs the Java kernel the notebooks run on (rapaio-jupyter-kernel 3.0.1, from Maven Central) as a
# Jupyter kernelspec of the current user (~/.local/share/jupyter/kernels/rapaio-jupyter-kernel).
# Safe to run again: does nothing when that version is installed. Needs java (17+) and mvn
# (MAVEN_REPO: a local Maven repository other than ~/.m2/repository).
set -euo pipefail
VERSION=3.0.1
KERNEL_DIR="$HOME/.local/share/jupyter/kernels/rapaio-jupyter-kernel" # where its installer puts it
if [ -f "$KERNEL_DIR/rapaio-jupyter-kernel-$VERSION.jar" ]; then
  echo "install-kernel: rapaio-jupyter-kernel $VERSION already installed in $KERNEL_DIR"
  exit 0
fi
mvn -q -B dependency:get -Dartifact="io.github.padreati:rapaio-jupyter-kernel:$VERSION"
JAR="${MAVEN_REPO:-$HOME/.m2/repository}/io/github/padreati/rapaio-jupyter-kernel/$VERSION/rapaio-jupyter-kernel-$VERSION.jar"
# -i: install, -auto: default answers (kernel dir, display name "Java (rjk ...)", no extra options)
java -jar "$JAR" -i -auto >/dev/null
echo "install-kernel: installed rapaio-jupyter-kernel $VERSION in $KERNEL_DIR"
