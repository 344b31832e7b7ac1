package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
)

// writeFile writes a file under dir through a temporary file and a rename,
// so a reader never sees half a file. A file whose bytes are already there
// is left alone (its modification time too); wrote says whether it changed.
func writeFile(dir string, f file) (wrote bool, err error) {
	path := filepath.Join(dir, f.name)
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, f.data) {
		return false, nil
	}
	if err := writeAtomic(path, f.data); err != nil {
		return false, err
	}
	return true, nil
}

func writeAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
