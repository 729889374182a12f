// A module worker that takes requests and never answers: holds <mentor-pair-preview> in its running state.
self.addEventListener('message', () => undefined);
