// Deploy-time settings of the task board, read before the app starts. Replace this file where you host the
// app, e.g. window.taskboardConfig = { apiBaseUrl: 'https://api.example.com' };
window.taskboardConfig = window.taskboardConfig ?? {};
