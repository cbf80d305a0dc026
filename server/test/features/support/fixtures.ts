/** The fields of a new task with the spec's defaults, as validated input arrives at the service. */
export function taskFields(title: string) {
  return {
    title,
    description: null,
    status: 'todo' as const,
    priority: 'medium' as const,
    assigneeId: null,
    dueDate: null,
    estimateHours: null,
    labels: [],
  };
}
