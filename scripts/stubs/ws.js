// Only ink's devtools (DEV=true) use ws; the bundle never does.
export default class WebSocket {}
