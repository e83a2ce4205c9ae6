// dockerode decodes BuildKit's protobuf progress here; berth follows progress streams itself
// (source/docker/pull.ts), so protobufjs stays out of the bundle.
module.exports = {
  followProgress(_stream, onFinished) {
    onFinished(
      new Error('berth does not decode BuildKit progress; use source/docker/pull.ts followProgress'),
    );
  },
};
