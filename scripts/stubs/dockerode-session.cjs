// dockerode's BuildKit session pulls gRPC and protobuf into every start; berth builds with the classic
// builder and never opens a session, so the bundle carries this stand-in instead.
module.exports = function withSession(_docker, _auth, handler) {
  handler(new Error('BuildKit sessions are not supported by berth; it builds with the classic builder'));
};
